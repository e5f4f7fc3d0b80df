/**
 * Configuration and credentials: profiles in the config file, where each credential comes from, the
 * {@code configure} command's action, and the one reading of the URLs credentials travel to.
 */
package dev.engagement.config;
