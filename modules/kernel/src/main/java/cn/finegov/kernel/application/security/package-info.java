/** The current actor (person or system flow) and the client address of the work under way. */
package cn.finegov.kernel.application.security;
