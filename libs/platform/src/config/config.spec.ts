import { Type } from 'class-transformer';
import { IsIn, IsInt, Matches, Max, Min, MinLength } from 'class-validator';
import { ConfigError, loadConfig } from './config';

class SampleConfig {
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsIn(['info', 'debug'])
  LOG_LEVEL: string = 'info';
}

describe('loadConfig', () => {
  it('keeps defaults and converts numbers', () => {
    expect(loadConfig(SampleConfig, {})).toMatchObject({ PORT: 3000, LOG_LEVEL: 'info' });
    expect(loadConfig(SampleConfig, { PORT: '8080' }).PORT).toBe(8080);
  });

  it('stops with a message naming every bad variable and its value', () => {
    const err = (() => {
      try {
        loadConfig(SampleConfig, { PORT: 'eighty', LOG_LEVEL: 'loud' });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(ConfigError);
    const message = (err as ConfigError).message;
    expect(message).toContain('PORT');
    expect(message).toContain('"eighty"');
    expect(message).toContain('LOG_LEVEL');
    expect(message).toContain('"loud"');
    expect((err as ConfigError).code).toBe('CONFIG.INVALID');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig(SampleConfig, { PORT: '', LOG_LEVEL: '' })).toMatchObject({ PORT: 3000, LOG_LEVEL: 'info' });
  });

  it('never prints the value of a secret, even a wrong one', () => {
    class WithSecret {
      @MinLength(32)
      JWT_SECRET = '';
    }
    expect(() => loadConfig(WithSecret, { JWT_SECRET: 'short-but-secret' })).toThrow(/JWT_SECRET.*value hidden/);
    expect(() => loadConfig(WithSecret, { JWT_SECRET: 'short-but-secret' })).not.toThrow(/short-but-secret/);
  });

  it('hides the password of a connection URL in its message', () => {
    class WithUrl {
      @Matches(/^postgres:/)
      PG_URL = '';
    }
    expect(() => loadConfig(WithUrl, { PG_URL: 'mongodb://app:hunter2@db:27017/x' })).toThrow(/mongodb:\/\/app:\*\*\*@db:27017\/x/);
    expect(() => loadConfig(WithUrl, { PG_URL: 'mongodb://app:hunter2@db:27017/x' })).not.toThrow(/hunter2/);
  });

  it('refuses a port out of range', () => {
    expect(() => loadConfig(SampleConfig, { PORT: '70000' })).toThrow(/PORT/);
  });
});
