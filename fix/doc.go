// Package fix turns the fixes that rules attach to their findings into
// edited bytes.
package fix
