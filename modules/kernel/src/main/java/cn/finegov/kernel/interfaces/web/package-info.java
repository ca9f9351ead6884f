/**
 * Backing beans of the web shell and the kernel's screens. Views live in the kernel jar under
 * {@code META-INF/resources}; every text comes from the merged message bundles ({@code
 * #{msg['key']}}).
 */
package cn.finegov.kernel.interfaces.web;
