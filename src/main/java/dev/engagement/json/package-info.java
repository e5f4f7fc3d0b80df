/**
 * JSON text read and re-laid without parsing it into objects: where a value ends, an object's members,
 * compact text indented as the pretty output is. The journal keeps each batch's counts as compact JSON,
 * and the JSON output copies them from there instead of parsing and encoding them again.
 */
package dev.engagement.json;
