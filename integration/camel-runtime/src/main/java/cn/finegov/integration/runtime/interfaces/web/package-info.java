/** Backing beans of the routes and dead-letter screens and of the integration dashboard card. */
package cn.finegov.integration.runtime.interfaces.web;
