/**
 * Errors that carry a message-bundle key instead of a text, so that screens and REST answers show
 * them in the user's language. The REST layer turns them into RFC 9457 problem details.
 */
package cn.finegov.kernel.api.error;
