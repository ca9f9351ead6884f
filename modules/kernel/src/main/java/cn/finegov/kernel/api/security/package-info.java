/**
 * Who is acting: role names, the current actor, and running integration work under a system
 * identity.
 */
package cn.finegov.kernel.api.security;
