package cn.finegov.kernel.application.notification;

import java.util.List;

/**
 * A page of the inbox.
 *
 * @param total entries matching (all or unread)
 * @param unread unread entries in the whole inbox
 * @param items this page, newest first
 */
public record InboxPage(long total, long unread, List<InboxItem> items) {}
