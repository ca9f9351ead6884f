/**
 * Benchmarks of the audit chain: {@link cn.finegov.benchmark.audit.AuditChainLoad} (append and seal
 * throughput on PostgreSQL with the real table, triggers and sealing code) and {@link
 * cn.finegov.benchmark.audit.ChainLinkBenchmark} (JMH: the hashing of one link).
 */
package cn.finegov.benchmark.audit;
