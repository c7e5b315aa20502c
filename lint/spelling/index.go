package spelling

import "encoding/binary"

// index.bin is an open-addressing hash table over the folded words of
// words.txt, so that checking a word costs one or two probes rather than a
// binary search of the whole text: checking every word of a page is most of
// the spelling rules' walk. It holds indexSlots little-endian uint32s; a
// slot is 0 when empty, else 1 + the offset in words.txt of the first line
// of one folded word. A key goes to slot hashKey(key) % indexSlots and, when
// that is taken by another key, to the next ones in turn. buildIndex makes
// it; TestIndexMatchesWords holds it to words.txt.
const indexSlots = 1 << 19

// hashKey is 32-bit FNV-1a.
func hashKey(key string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(key); i++ {
		h ^= uint32(key[i])
		h *= 16777619
	}
	return h
}

// firstLine returns the offset in words.txt of the first line whose folded
// word is key, which must be folded.
func firstLine(key string) (int, bool) {
	for slot := hashKey(key) % indexSlots; ; slot = (slot + 1) % indexSlots {
		v := uint32At(indexBin, int(slot))
		if v == 0 {
			return 0, false
		}
		if off := int(v - 1); compareFold(lineWord(wordsTxt, off), key) == 0 {
			return off, true
		}
	}
}

// buildIndex returns index.bin for words, the text of words.txt.
func buildIndex(words string) []byte {
	out := make([]byte, 4*indexSlots)
	prev := ""
	for off := 0; off < len(words); off = nextLine(words, off) {
		key := fold(lineWord(words, off))
		if key == prev {
			continue
		}
		prev = key
		slot := hashKey(key) % indexSlots
		for binary.LittleEndian.Uint32(out[4*slot:]) != 0 {
			slot = (slot + 1) % indexSlots
		}
		binary.LittleEndian.PutUint32(out[4*slot:], uint32(off+1))
	}
	return out
}
