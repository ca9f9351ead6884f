/**
 * The JMS inbox: one queue on the server's broker, consumed by a message-driven bean inside a JTA
 * transaction, so that a message is removed only when the work it caused, or its dead letter, is
 * committed.
 */
package cn.finegov.integration.runtime.inbox;
