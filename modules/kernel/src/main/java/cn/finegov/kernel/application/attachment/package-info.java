/**
 * Storing, reading and deleting attachments for every module, under the owning module's access
 * policy; the kernel's own policy for personal uploads.
 */
package cn.finegov.kernel.application.attachment;
