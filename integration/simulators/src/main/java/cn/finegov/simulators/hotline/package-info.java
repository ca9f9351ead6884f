/**
 * The legacy 12345 hotline as far as the suite sees it ({@code integration/hotline/PROTOCOL.md}):
 * it pushes signed tickets and return visits, writes tickets into its middle-database table, and
 * receives the suite's feedback on its own REST API. {@link
 * cn.finegov.simulators.hotline.HotlineSimulator} runs all of it in process or from the command
 * line.
 */
package cn.finegov.simulators.hotline;
