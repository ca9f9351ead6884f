/**
 * Password hashing, the identity store over user accounts and the authentication mechanism of the
 * suite.
 */
package cn.finegov.kernel.infrastructure.security;
