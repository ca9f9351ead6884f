/**
 * The public side of the planning REST API, under {@code /api/v1/public/planning}: published plans
 * and their exports, open without sign-in. Unpublished plans answer 404.
 */
package cn.finegov.planning.interfaces.rest.publication;
