package lint

// Element categories from the HTML Living Standard, section 13.2 (parsing).
// These are lookup tables that nothing writes after declaration.

// isVoid reports elements that have no content and take no end tag.
func isVoid(name string) bool {
	switch name {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
		"source", "track", "wbr", "param", "keygen", "basefont", "bgsound", "frame":
		return true
	}
	return false
}

// hasOptionalEnd reports elements whose end tag HTML lets you omit.
func hasOptionalEnd(name string) bool {
	switch name {
	case "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "rt", "rp",
		"rb", "rtc", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption":
		return true
	}
	return false
}

// isFrame reports elements whose omitted end tag is never worth a warning.
func isFrame(name string) bool { return name == "html" || name == "head" || name == "body" }

// closesP reports start tags that close an open <p> ("close a p element").
func closesP(name string) bool {
	switch name {
	case "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir",
		"div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
		"h4", "h5", "h6", "header", "hgroup", "hr", "listing", "main", "menu", "nav", "ol",
		"p", "pre", "plaintext", "search", "section", "summary", "table", "ul", "xmp",
		"li", "dd", "dt":
		return true
	}
	return false
}

// isHeading reports h1 to h6, whose end tags close any open heading.
func isHeading(name string) bool {
	return len(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6'
}

// isScopeBoundary reports elements an end tag never looks past
// ("has an element in scope").
func isScopeBoundary(name string) bool {
	switch name {
	case "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template",
		"foreignobject", "desc":
		return true
	}
	return false
}

// isSpecial reports the "special" category: an end tag for an ordinary
// element (span, time, a custom element) stops at one of these.
func isSpecial(name string) bool {
	switch name {
	case "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound",
		"blockquote", "body", "br", "button", "caption", "center", "col", "colgroup", "dd",
		"details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure",
		"footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head",
		"header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link",
		"listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "object",
		"ol", "p", "param", "plaintext", "pre", "script", "search", "section", "select",
		"source", "style", "summary", "table", "tbody", "td", "template", "textarea",
		"tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp":
		return true
	}
	return false
}

// isFormatting reports the formatting elements, whose end tags HTML
// matches through other open elements (the adoption agency algorithm).
func isFormatting(name string) bool {
	switch name {
	case "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike",
		"strong", "tt", "u":
		return true
	}
	return false
}

// impliedBy returns the open elements that a start tag closes when they
// are the current element or, for list items, the nearest of their kind:
// <li> closes an open <li>, <dt> and <dd> close each other, and so on.
func impliedBy(start string) []string {
	switch start {
	case "li":
		return []string{"li"}
	case "dt", "dd":
		return []string{"dt", "dd"}
	case "option":
		return []string{"option"}
	case "optgroup":
		return []string{"option", "optgroup"}
	case "rt", "rp":
		return []string{"rt", "rp"}
	case "tr":
		return []string{"tr", "td", "th"}
	case "td", "th":
		return []string{"td", "th"}
	case "thead", "tbody", "tfoot":
		return []string{"thead", "tbody", "tfoot", "tr", "td", "th"}
	case "body":
		return []string{"head"}
	}
	return nil
}

// isTablePart reports the table elements whose end tags close open cells
// and rows on their way ("in cell" and "in row" insertion modes).
func isTablePart(name string) bool {
	switch name {
	case "table", "tbody", "thead", "tfoot", "tr":
		return true
	}
	return false
}

// isForeignRoot reports elements that start SVG or MathML content, where
// "/>" closes any element.
func isForeignRoot(name string) bool { return name == "svg" || name == "math" }
