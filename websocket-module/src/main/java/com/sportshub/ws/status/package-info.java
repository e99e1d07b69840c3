/**
 * What the delivery layer tells operators about a node, as plain records the REST API, JMX and
 * health can all show: published here so that none of them reaches into the endpoint.
 */
package com.sportshub.ws.status;
