/** The synchronisation screen and its dashboard card. */
package cn.finegov.integration.egov.interfaces.web;
