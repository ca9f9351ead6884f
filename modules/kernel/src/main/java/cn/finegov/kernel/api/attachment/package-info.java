/**
 * Attachments (photos, documents) of any module's records: store, find, read as a stream, list by
 * owner, delete with a reason. The module owning a kind of record decides who may read and attach
 * through an {@link cn.finegov.kernel.api.attachment.AttachmentAccessPolicy}.
 */
package cn.finegov.kernel.api.attachment;
