/**
 * What the planning module shows the public and hands to the People's Congress: the read-only view
 * of a published plan (no personal data), its PDF, Word and Excel exports, and the committee report
 * on a plan's execution, with the small document writers behind them.
 */
package cn.finegov.planning.application.publication;
