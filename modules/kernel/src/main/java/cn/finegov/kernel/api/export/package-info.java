/**
 * Excel exports with a stable column layout, shared by every module's lists, and the reader of
 * uploaded sheets.
 */
package cn.finegov.kernel.api.export;
