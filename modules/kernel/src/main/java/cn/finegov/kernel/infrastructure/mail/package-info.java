/** The built-in notification channels: e-mail (Jakarta Mail) and SMS (an HTTP gateway). */
package cn.finegov.kernel.infrastructure.mail;
