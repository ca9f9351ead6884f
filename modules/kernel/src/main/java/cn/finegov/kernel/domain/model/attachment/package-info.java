/**
 * Attachments: their metadata (the database row), the rules an upload must meet (size, types
 * detected from the bytes) and the port to the file store that keeps the bytes.
 */
package cn.finegov.kernel.domain.model.attachment;
