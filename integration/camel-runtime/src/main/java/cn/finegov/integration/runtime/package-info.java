/**
 * The integration runtime: one CamelContext started and stopped with the application, a JMS inbox
 * consumed at least once inside JTA transactions, persistent dead letters with replay, persistent
 * idempotent repositories, and route status for the health endpoint and the admin screens.
 */
package cn.finegov.integration.runtime;
