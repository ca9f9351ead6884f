/**
 * RFC 9457 problem details: the one error format of every REST failure, with a message in the
 * caller's language (Accept-Language; Chinese by default).
 */
package cn.finegov.kernel.interfaces.rest.problem;
