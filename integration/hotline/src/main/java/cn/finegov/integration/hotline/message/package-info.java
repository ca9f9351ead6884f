/** The hotline's messages (PROTOCOL.md): parsing with validation, signatures, outgoing JSON. */
package cn.finegov.integration.hotline.message;
