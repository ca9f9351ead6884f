/**
 * Dead letters: messages that could not be processed, kept with the reason for inspection, replay
 * or discard.
 */
package cn.finegov.integration.runtime.deadletter;
