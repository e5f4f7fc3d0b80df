/** Which profile's token owns which Tweet, remembered between runs so each ID goes straight to its owner. */
package dev.engagement.owners;
