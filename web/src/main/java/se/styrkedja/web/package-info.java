/**
 * The WAR: the REST application and its security, health, and the persistence unit's data source.
 * Feature resources live in their modules; this module wires them together.
 */
package se.styrkedja.web;
