package corpus

import (
	"fmt"
	"io"
	"io/fs"
)

// tooLarge is the problem of a file over the size limit.
func tooLarge(size, limit int64) error {
	return fmt.Errorf("%w: %s, over the %s limit", ErrTooLarge, humanBytes(size), humanBytes(limit))
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// unreadable wraps an error from the operating system as ErrUnreadable.
func unreadable(err error) error {
	return fmt.Errorf("%w: %v", ErrUnreadable, unwrapPathError(err))
}

// readLimited reads a whole file but never more than limit bytes, so a file
// that grew after it was listed cannot exhaust memory.
func readLimited(open func() (fs.File, error), size, limit int64) ([]byte, error) {
	rc, err := open()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnreadable, unwrapPathError(err))
	}
	defer rc.Close()
	if size < 0 {
		if info, err := rc.Stat(); err == nil {
			size = info.Size()
			if !info.Mode().IsRegular() {
				return nil, fmt.Errorf("%w: not a regular file", ErrUnsupported)
			}
		}
		if size > limit {
			return nil, tooLarge(size, limit)
		}
	}
	data, err := readAll(io.LimitReader(rc, limit+1), size)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnreadable, unwrapPathError(err))
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(int64(len(data)), limit)
	}
	return data, nil
}

// readAll reads r to the end into a buffer sized for the expected size (one
// allocation when the file did not change since it was listed).
func readAll(r io.Reader, size int64) ([]byte, error) {
	if size < 0 || size > 1<<30 {
		size = 0
	}
	buf := make([]byte, 0, size+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}
