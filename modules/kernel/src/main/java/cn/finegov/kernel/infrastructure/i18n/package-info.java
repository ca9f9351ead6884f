/**
 * Message bundles of all installed modules, merged behind one {@link
 * cn.finegov.kernel.api.i18n.MessageSource}.
 */
package cn.finegov.kernel.infrastructure.i18n;
