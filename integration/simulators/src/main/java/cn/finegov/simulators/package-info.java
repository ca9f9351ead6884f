/**
 * Stand-ins for the legacy systems the suite talks to, speaking their protocols (SFTP, HTTP, a
 * middle database). They share no code with the suite: they are what the other side of each link
 * looks like.
 */
package cn.finegov.simulators;
