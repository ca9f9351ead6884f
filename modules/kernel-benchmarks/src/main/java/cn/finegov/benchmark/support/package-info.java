/**
 * What the load harnesses share: command-line options ({@link
 * cn.finegov.benchmark.support.BenchArgs}) and latency percentiles with throughput ({@link
 * cn.finegov.benchmark.support.Latencies}).
 */
package cn.finegov.benchmark.support;
