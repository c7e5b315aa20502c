package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/ministryofjustice/timelint/lint"
	"github.com/ministryofjustice/timelint/lint/rules"
)

func newExplainCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "explain RULE",
		Short: "Explain a rule: what it checks, why, a bad and a good example, and what fix does",
		Args:  cobra.ExactArgs(1),
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return rules.Names(rules.All()), cobra.ShellCompDirectiveNoFileComp
		},
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
				fmt.Fprintf(cmd.OutOrStdout(), "%s (%s): %s\n\n%s", r.Name, sev, r.Doc.Summary, explanation(r))
				return nil
			}
			return fmt.Errorf("unknown rule %q; `timelint rules` lists them", args[0])
		},
	}
}

// explanation is a rule's documentation after its summary: why, a bad and
// a good example, and what fix does. SARIF's help text is the same.
func explanation(r lint.Rule) string {
	return fmt.Sprintf("%s\n\nBad:\n%s\n\nGood:\n%s\n\nFix: %s\n", r.Doc.Why, indent(r.Doc.Bad), indent(r.Doc.Good), r.Doc.Fix)
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(s, "\n", "\n    ")
}
