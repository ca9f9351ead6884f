/** REST: the hotline's inbound endpoints (signed, no user) and the ticket API for staff. */
package cn.finegov.integration.hotline.interfaces.rest;
