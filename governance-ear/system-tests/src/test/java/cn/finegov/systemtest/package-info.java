/**
 * System tests of the assembled suite: Arquillian deploys the real governance.ear into a managed
 * Payara Server on PostgreSQL; REST calls, dropped files, an SFTP peer and a real browser exercise
 * it from outside.
 */
package cn.finegov.systemtest;
