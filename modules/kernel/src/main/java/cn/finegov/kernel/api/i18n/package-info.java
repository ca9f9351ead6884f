/** Message bundles merged from every installed module, in Chinese (default) and English. */
package cn.finegov.kernel.api.i18n;
