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
 * @param keepPhone with a blank {@code phone}: keep the phone stored for the same person (the
 *     member with the same account, else with the same name), so that an editor need not show
 *     stored numbers; a person not in the stored group gets none
 */
public record GroupMemberDraft(
    String type, boolean leader, String username, String name, String phone, boolean keepPhone)
    implements Serializable {

  /** A member whose phone is the one given (blank: none). */
  public GroupMemberDraft(String type, boolean leader, String username, String name, String phone) {
    this(type, leader, username, name, phone, false);
  }
}
