package cn.finegov.planning.application.publication;

/** A generated download: its file name, content type and bytes. */
public record GeneratedFile(String name, String contentType, byte[] content) {}
