/**
 * Attachment bytes on disk (the directory {@code governance.attachments.dir}) and the thumbnails of
 * photos (ImageIO).
 */
package cn.finegov.kernel.infrastructure.files;
