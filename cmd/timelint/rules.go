package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/ministryofjustice/timelint/lint/rules"
)

func newRulesCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "rules",
		Short: "List every rule with its default severity",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			for _, r := range rules.All() {
				sev := r.Severity.String()
				if r.DefaultOff {
					sev = "off"
				}
				fmt.Fprintf(w, "%s\t%s\t%s\n", r.Name, sev, r.Doc.Summary)
			}
			return w.Flush()
		},
	}
}
