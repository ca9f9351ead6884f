/** REST for operators: route status and the dead letters (list, inspect, replay, discard). */
package cn.finegov.integration.runtime.interfaces.rest;
