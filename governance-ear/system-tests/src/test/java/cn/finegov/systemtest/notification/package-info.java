/**
 * System tests of the kernel's attachments (REST upload, streamed download, type and size checks,
 * owner policies, files outside the database) and notifications (inbox, preferences, e-mail to a
 * GreenMail server and SMS to an HTTP gateway started by the tests, retries, the delivery monitor).
 */
package cn.finegov.systemtest.notification;
