/** The registry of tenants: which municipalities exist, their codes and lifecycle status. */
package se.styrkedja.tenant.registry;
