package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/ministryofjustice/timelint/lint/rules"
)

func newExplainCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "explain RULE",
		Short: "Explain a rule: what it checks, why, a bad and a good example, and what fix does",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			all := rules.All()
			for _, r := range all {
				if r.Name != args[0] {
					continue
				}
				sev := r.Severity.String()
				if r.DefaultOff {
					sev += ", off by default"
				}
				out := cmd.OutOrStdout()
				fmt.Fprintf(out, "%s (%s): %s\n\n%s\n\nBad:\n%s\n\nGood:\n%s\n\nFix: %s\n",
					r.Name, sev, r.Doc.Summary, r.Doc.Why, indent(r.Doc.Bad), indent(r.Doc.Good), r.Doc.Fix)
				return nil
			}
			return fmt.Errorf("unknown rule %q; `timelint rules` lists them", args[0])
		},
	}
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(s, "\n", "\n    ")
}
