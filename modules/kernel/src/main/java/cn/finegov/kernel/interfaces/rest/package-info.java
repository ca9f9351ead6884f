/**
 * The REST API under {@code /api/v1}: JSON, problem details for every failure, authorisation by
 * role, and 404 for the paths of switched-off modules.
 */
package cn.finegov.kernel.interfaces.rest;
