package cn.finegov.planning.application.participation;

/** A citizen's whole contact, for a holder of the contact permission (the view is audited). */
public record ContactView(String name, String phone, String email) {}
