package lexicon

// Merge returns a new lexicon: l with over laid on top. An entry of over
// whose id l has replaces that entry in place; a new id is added at the
// end; over's @weight directives re-weight and its @disable directives
// remove entries of l. Both lexicons must share a language. Merge reports
// every fault, each with over's name and line, and returns no lexicon if
// there is any; l and over are never changed. A directive that names an
// id l lacks is ErrUnknownID: the default lexicon's ids may change from
// one version to the next, as entries are folded together or renamed, and
// a file written for an older one is reported, never silently ignored.
func (l *Lexicon) Merge(over *Lexicon) (*Lexicon, error) {
	if over.language != l.language {
		return nil, &ParseError{Name: over.file, Line: 1,
			Err: wrapf(ErrLanguage, "%q cannot merge over a %q lexicon", over.language, l.language)}
	}
	out := l.clone()
	out.overrides = nil
	var errs ErrorList
	for _, e := range over.entries {
		if i, ok := out.byID[e.ID]; ok {
			out.entries[i] = e
			continue
		}
		out.byID[e.ID] = len(out.entries)
		out.entries = append(out.entries, e)
	}
	disabled := make(map[string]bool)
	for _, o := range over.overrides {
		i, ok := out.byID[o.ID]
		if !ok || disabled[o.ID] {
			errs = append(errs, &ParseError{Name: over.file, Line: o.Line,
				Err: wrapf(ErrUnknownID, "%q: the base lexicon has no such entry", o.ID)})
			continue
		}
		if o.Disable {
			disabled[o.ID] = true
			continue
		}
		if err := checkWeight(out.entries[i].Category, o.Weight, false); err != nil {
			errs = append(errs, &ParseError{Name: over.file, Line: o.Line, Err: err})
			continue
		}
		out.entries[i].Weight = o.Weight
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if len(disabled) > 0 {
		kept := out.entries[:0]
		for _, e := range out.entries {
			if !disabled[e.ID] {
				kept = append(kept, e)
			}
		}
		out.entries = kept
		out = out.clone()
	}
	return out, nil
}
