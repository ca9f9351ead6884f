package cn.finegov.grid.application.grid;

import java.io.Serializable;

/**
 * A member of a grid group as entered.
 *
 * @param type {@code GRID_WORKER}, {@code SECONDED_STAFF} or {@code OWNERS_DELEGATE}
 * @param leader whether this member leads the group (exactly one does)
 * @param username the account, or {@code null} for a person without one
 * @param name the person's name (an account's display name when left blank)
 * @param phone a phone number, optional
 */
public record GroupMemberDraft(
    String type, boolean leader, String username, String name, String phone)
    implements Serializable {}
