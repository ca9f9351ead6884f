/**
 * First start of an empty database: either the demo city (quick start) or a root unit with the
 * three administrator accounts (production).
 */
package cn.finegov.kernel.application.setup;
