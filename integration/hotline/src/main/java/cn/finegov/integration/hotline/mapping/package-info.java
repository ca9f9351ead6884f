/** The editable mapping of the hotline's categories to what the suite does with a ticket. */
package cn.finegov.integration.hotline.mapping;
