/** Camel routes and the work behind them: intake, the handlers of the inbox, feedback delivery. */
package cn.finegov.integration.hotline.flow;
